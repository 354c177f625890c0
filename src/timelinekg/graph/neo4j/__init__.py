"""The Neo4j store: its Cypher, schema, tools, Browser favourites and style, all in one place."""
