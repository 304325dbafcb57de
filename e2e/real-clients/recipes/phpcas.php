<?php
// phpCAS 1.6 (Debian: php-cas, with php-curl and php-xml), application "registre".
require_once '/usr/share/php/CAS.php';

phpCAS::client(CAS_VERSION_3_0, 'sesame.example.org', 443, '/cas', 'https://registre.example.org');
phpCAS::setCasServerCACert('/etc/ssl/certs/ca-certificates.crt');
// Single logout: the logoutRequest Sésame POSTs here ends the PHP session of that ticket; the
// sender must resolve back (reverse DNS) to the CAS server's host name, or pass Sésame's addresses.
phpCAS::handleLogoutRequests();
phpCAS::forceAuthentication();

header('Content-Type: text/plain; charset=utf-8');
echo 'user=', phpCAS::getUser(), "\n";
foreach (phpCAS::getAttributes() as $name => $value) {
  echo $name, '=', is_array($value) ? implode('|', $value) : $value, "\n";
}
