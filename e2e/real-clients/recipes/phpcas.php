<?php
// phpCAS 1.6 (Debian: php-cas, with php-curl and php-xml), application "registre".
require_once '/usr/share/php/CAS.php';

phpCAS::client(CAS_VERSION_3_0, 'sesame.example.org', 443, '/cas', 'https://registre.example.org');
phpCAS::setCasServerCACert('/etc/ssl/certs/ca-certificates.crt');
phpCAS::forceAuthentication();

header('Content-Type: text/plain; charset=utf-8');
echo 'user=', phpCAS::getUser(), "\n";
foreach (phpCAS::getAttributes() as $name => $value) {
  echo $name, '=', is_array($value) ? implode('|', $value) : $value, "\n";
}
