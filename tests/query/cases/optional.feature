Feature: OPTIONAL MATCH

  Scenario: OPTIONAL MATCH produces nulls when nothing matches
    Given the graph kz
    When executing query:
      """
      MATCH (g:group)
      OPTIONAL MATCH (g)-[r:leads]->(x)
      RETURN g.id, r, x ORDER BY g.id
      """
    Then the result should be, in order:
      | g.id         | r    | x    |
      | 'protesters' | null | null |
      | 'terrorists' | null | null |

  Scenario: OPTIONAL MATCH keeps every match when there are some
    Given the graph kz
    When executing query:
      """
      MATCH (p:person)
      OPTIONAL MATCH (p)-[:supports]->(s)
      RETURN p.id, s.id ORDER BY p.id, s.id
      """
    Then the result should be, in order:
      | p.id         | s.id      |
      | 'Blinken'    | null      |
      | 'Lukashenko' | 'Tokayev' |
      | 'Nazarbayev' | null      |
      | 'Putin'      | 'Tokayev' |
      | 'Tokayev'    | null      |

  Scenario: WHERE belongs to the OPTIONAL MATCH
    Given the graph kz
    When executing query:
      """
      MATCH (p {id: 'Tokayev'})
      OPTIONAL MATCH (p)-[r]->(x) WHERE r.weight > 10
      RETURN p.id, x
      """
    Then the result should be, in any order:
      | p.id      | x    |
      | 'Tokayev' | null |

  Scenario: count over OPTIONAL MATCH counts non-null only
    Given the graph kz
    When executing query:
      """
      MATCH (p:person)
      OPTIONAL MATCH (p)-[:accuses]->(x)
      RETURN p.id AS who, count(x) AS accused ORDER BY who
      """
    Then the result should be, in order:
      | who          | accused |
      | 'Blinken'    | 0       |
      | 'Lukashenko' | 0       |
      | 'Nazarbayev' | 0       |
      | 'Putin'      | 1       |
      | 'Tokayev'    | 2       |

  Scenario: A later MATCH on a null variable yields nothing
    Given the graph kz
    When executing query:
      """
      MATCH (g {id: 'terrorists'})
      OPTIONAL MATCH (g)-[:leads]->(x)
      MATCH (x)-[:member_of]->(o)
      RETURN o
      """
    Then the result should be empty

  Scenario: OPTIONAL MATCH as the first clause
    Given the graph kz
    When executing query:
      """
      OPTIONAL MATCH (n {id: 'Nobody'}) RETURN n
      """
    Then the result should be, in any order:
      | n    |
      | null |

  Scenario: Properties of null are null
    Given the graph kz
    When executing query:
      """
      OPTIONAL MATCH (n {id: 'Nobody'}) RETURN n.name AS name, labels(n) AS l
      """
    Then the result should be, in any order:
      | name | l    |
      | null | null |
