Feature: shortestPath and allShortestPaths

  Scenario: Undirected shortest path between two anchored actors
    Given the graph kz
    When executing query:
      """
      MATCH p = shortestPath((a {id: 'Blinken'})-[*..6]-(b {id: 'Lukashenko'})) RETURN length(p) AS hops
      """
    Then the result should be, in any order:
      | hops |
      | 3    |

  Scenario: All shortest paths, parallel relationships giving distinct paths
    Given the graph kz
    When executing query:
      """
      MATCH p = allShortestPaths((a {id: 'Blinken'})-[*]-(b {id: 'Lukashenko'}))
      RETURN [n IN nodes(p) | n.id] AS via, [r IN relationships(p) | type(r)] AS types
      """
    Then the result should be, in any order:
      | via                                          | types                                    |
      | ['Blinken', 'Russia', 'Putin', 'Lukashenko'] | ['criticizes', 'leads', 'meets']         |
      | ['Blinken', 'USA', 'Putin', 'Lukashenko']    | ['official_of', 'accuses', 'meets']      |
      | ['Blinken', 'USA', 'Putin', 'Lukashenko']    | ['official_of', 'warns', 'meets']        |
      | ['Blinken', 'CSTO', 'Belarus', 'Lukashenko'] | ['criticizes', 'member_of', 'leads']     |
      | ['Blinken', 'CSTO', 'Tokayev', 'Lukashenko'] | ['criticizes', 'requests_aid', 'supports'] |

  Scenario: Directed shortest path follows arrows only
    Given the graph kz
    When executing query:
      """
      MATCH p = shortestPath((a {id: 'Putin'})-[*]->(b {id: 'CSTO'})) RETURN [n IN nodes(p) | n.id] AS via
      """
    Then the result should be, in any order:
      | via                        |
      | ['Putin', 'Russia', 'CSTO'] |

  Scenario: Types restrict the search
    Given the graph kz
    When executing query:
      """
      MATCH p = shortestPath((a {id: 'Putin'})-[:supports|requests_aid*]->(b {id: 'CSTO'})) RETURN [n IN nodes(p) | n.id] AS via
      """
    Then the result should be, in any order:
      | via                          |
      | ['Putin', 'Tokayev', 'CSTO'] |

  Scenario: The maximum length is respected
    Given the graph kz
    When executing query:
      """
      MATCH p = shortestPath((a {id: 'Blinken'})-[*..2]-(b {id: 'Lukashenko'})) RETURN p
      """
    Then the result should be empty

  Scenario: No path, no row; OPTIONAL MATCH gives null
    Given the graph kz
    When executing query:
      """
      MATCH (a {id: 'Kazakhstan'}), (b {id: 'Putin'})
      OPTIONAL MATCH p = shortestPath((a)-[*]->(b))
      RETURN a.id, b.id, p
      """
    Then the result should be, in any order:
      | a.id         | b.id    | p    |
      | 'Kazakhstan' | 'Putin' | null |

  Scenario: A start equal to the end with a minimum of zero
    Given the graph kz
    When executing query:
      """
      MATCH p = shortestPath((a {id: 'Putin'})-[*0..3]-(b {id: 'Putin'})) RETURN length(p) AS n
      """
    Then the result should be, in any order:
      | n |
      | 0 |

  Scenario: Shortest paths from WHERE-anchored ends, as the question mapper writes them
    Given the graph kz
    When executing query:
      """
      MATCH p = allShortestPaths((a)-[*..6]-(b)) WHERE a.id IN ['Tokayev'] AND b.id IN ['Russia'] RETURN length(p) AS hops, count(*) AS paths
      """
    Then the result should be, in any order:
      | hops | paths |
      | 2    | 3     |
