#!/usr/bin/env bash
# Start the tests' Neo4j server (scripts/test sets its folder and ports; the jars are fetched from Maven
# Central on first use) and wait until Bolt answers.
# Both steps are idempotent: an already running server is left as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/neo4j-dev start
scripts/neo4j-dev wait
