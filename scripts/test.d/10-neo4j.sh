#!/usr/bin/env bash
# Start the tests' Neo4j server (scripts/test sets its folder and ports; the jars are fetched from Maven
# Central on first use), wait until Bolt answers, and mark its database as the tests' own: the tests
# empty a database only when it holds that marker node, and marking refuses a database that holds data
# without one (someone's data, or the tests' old server from before the marker: `scripts/neo4j-dev reset`
# with the same TIMELINEKG_NEO4J_RUN empties that one).
# Every step is idempotent: an already running, already marked server is left as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/neo4j-dev start
scripts/neo4j-dev wait
python3 -m tests.neo4j_support mark
