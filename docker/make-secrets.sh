#!/bin/sh
# Writes the secrets docker-compose.yml reads into ./.secrets (git ignores it): random passwords for PostgreSQL, the
# Kafka admin and each service's Kafka user, and each service's properties with its own two. Keeps what exists, so a
# second run does not lock the services out of a database or broker that already has the first passwords.
set -eu
cd "$(dirname "$0")/.."
# The directory keeps other users of this machine out; the files stay readable, because the containers mount them as
# they are and their processes run as users of their own (the services' 185, Kafka's appuser).
mkdir -p .secrets
chmod 700 .secrets
umask 022
random() { head -c 24 /dev/urandom | base64 | tr -d '/+=' ; }
keep() { [ -s ".secrets/$1" ] || { "$2" > ".secrets/$1"; echo "wrote .secrets/$1"; }; }

keep postgres_password random
admin() { echo "password=$(random)"; }
keep kafka_admin.properties admin
for s in meetings actions search; do
    keep "kafka_${s}_password" random
    properties() {
        # Above application.properties (250), below the environment (300).
        echo "config_ordinal=275"
        echo "quarkus.datasource.password=$(cat .secrets/postgres_password)"
        echo "kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$s-service\" password=\"$(cat ".secrets/kafka_${s}_password")\";"
    }
    keep "$s-service.properties" properties
done
