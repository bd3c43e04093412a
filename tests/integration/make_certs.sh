#!/bin/sh
# Makes the certificates the HTTPS tests need, at test time, in the folder given:
#   ca.pem/ca.key                 a test CA (trusted by checks through ca_file)
#   valid.pem/valid.key           signed by the CA, valid 365 days
#   soon.pem/soon.key             signed by the CA, expires in 10 days
#   expired.pem/expired.key       signed by the CA, expired in 2020
#   selfsigned.pem/selfsigned.key self-signed, not trusted by anything
#   wrongname.pem/wrongname.key   signed by the CA for shop.example only (a name mismatch)
set -eu
dir=$1
openssl=${OPENSSL:-openssl}
cd "$dir"
subj_ext="subjectAltName=IP:127.0.0.1,DNS:localhost"
"$openssl" req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 \
    -subj "/CN=Dozor Test CA" >/dev/null 2>&1
sign() { # name days [subjectAltName line]
    "$openssl" req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/CN=${4:-127.0.0.1}" >/dev/null 2>&1
    printf '%s\n' "${3:-$subj_ext}" > "$1.ext"
    "$openssl" x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -out "$1.pem" \
        -days "$2" -extfile "$1.ext" >/dev/null 2>&1
}
sign valid 365
sign soon 10
sign wrongname 365 "subjectAltName=DNS:shop.example" shop.example
# An expired certificate: openssl ca accepts explicit start and end dates.
mkdir -p ca.db
: > ca.db/index.txt
echo 1000 > ca.db/serial
cat > ca.cnf <<CNF
[ ca ]
default_ca = test
[ test ]
dir = ca.db
database = ca.db/index.txt
serial = ca.db/serial
new_certs_dir = ca.db
default_md = sha256
policy = any
copy_extensions = copy
[ any ]
commonName = supplied
[ ext ]
$subj_ext
CNF
"$openssl" req -newkey rsa:2048 -nodes -keyout expired.key -out expired.csr -subj "/CN=127.0.0.1" >/dev/null 2>&1
"$openssl" ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem \
    -startdate 20200101000000Z -enddate 20200201000000Z -extensions ext -notext >/dev/null 2>&1
"$openssl" req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.pem -days 365 \
    -subj "/CN=127.0.0.1" -addext "$subj_ext" >/dev/null 2>&1
