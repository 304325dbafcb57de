<?php
// phpCAS 1.6 (Debian: php-cas, with php-curl and php-xml), application "registre".
require_once '/usr/share/php/CAS.php';

phpCAS::client(CAS_VERSION_3_0, 'sesame.example.org', 443, '/cas', 'https://registre.example.org');
phpCAS::setCasServerCACert('/etc/ssl/certs/ca-certificates.crt');
// Single logout: the logoutRequest Sésame POSTs here ends the PHP session of that ticket, when
// its sender resolves back (reverse DNS) to a name listed here, or is an address listed here:
// Sésame's host name, and the names or addresses its servers call out from if they differ.
phpCAS::handleLogoutRequests(true, ['sesame.example.org']);
phpCAS::forceAuthentication();

header('Content-Type: text/plain; charset=utf-8');
echo 'user=', phpCAS::getUser(), "\n";
foreach (phpCAS::getAttributes() as $name => $value) {
  echo $name, '=', is_array($value) ? implode('|', $value) : $value, "\n";
}
