Feature: Variable-length relationships and named paths

  Scenario: Star means one or more hops
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(c:person {id: 'C'})-[:supports]->(d:person {id: 'D'})
      """
    When executing query:
      """
      MATCH (x {id: 'A'})-[:supports*]->(y) RETURN y.id ORDER BY y.id
      """
    Then the result should be, in order:
      | y.id |
      | 'B'  |
      | 'C'  |
      | 'D'  |

  Scenario: Exact, bounded and upper-bounded lengths
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(c:person {id: 'C'})-[:supports]->(d:person {id: 'D'})
      """
    When executing query:
      """
      MATCH (x {id: 'A'})-[:supports*2]->(y2) WITH collect(y2.id) AS two
      MATCH (x {id: 'A'})-[:supports*2..3]->(y) WITH two, collect(y.id) AS twothree
      MATCH (x {id: 'A'})-[:supports*..2]->(z) RETURN two, twothree, collect(z.id) AS uptotwo
      """
    Then the result should be, in any order:
      | two   | twothree   | uptotwo    |
      | ['C'] | ['C', 'D'] | ['B', 'C'] |

  Scenario: Zero-length paths include the start node
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})
      """
    When executing query:
      """
      MATCH (x {id: 'A'})-[*0..1]->(y) RETURN y.id ORDER BY y.id
      """
    Then the result should be, in order:
      | y.id |
      | 'A'  |
      | 'B'  |

  Scenario: No relationship is repeated within one path
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:meets]->(b:person {id: 'B'})
      """
    When executing query:
      """
      MATCH (x {id: 'A'})-[r:meets*]-(y) RETURN y.id, size(r) AS hops
      """
    Then the result should be, in any order:
      | y.id | hops |
      | 'B'  | 1    |

  Scenario: A cycle is walked once around but nodes may repeat
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(a)
      """
    When executing query:
      """
      MATCH (x {id: 'A'})-[r:supports*]->(y) RETURN y.id, size(r) AS hops ORDER BY hops
      """
    Then the result should be, in order:
      | y.id | hops |
      | 'B'  | 1    |
      | 'A'  | 2    |

  Scenario: Var-length relationships are not reused by another pattern of the same MATCH
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(c:person {id: 'C'})
      """
    When executing query:
      """
      MATCH (x {id: 'A'})-[r*2]->(y), (p)-[s]->(q) RETURN p.id, q.id
      """
    Then the result should be empty

  Scenario: The relationship list follows the pattern's order even when matched right to left
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:leads]->(c:country {id: 'C'})
      """
    When executing query:
      """
      MATCH (x)-[r*2]->(y {id: 'C'}) RETURN x.id, [rel IN r | type(rel)] AS types
      """
    Then the result should be, in any order:
      | x.id | types                 |
      | 'A'  | ['supports', 'leads'] |

  Scenario: Named paths, length, nodes and relationships
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})<-[:warns]-(c:group {id: 'C'})
      """
    When executing query:
      """
      MATCH p = (x {id: 'A'})-[:supports]->(y)<-[:warns]-(z)
      RETURN length(p) AS len, [n IN nodes(p) | n.id] AS ns, [r IN relationships(p) | type(r)] AS rs, p
      """
    Then the result should be, in any order:
      | len | ns              | rs                    | p                                                                  |
      | 2   | ['A', 'B', 'C'] | ['supports', 'warns'] | <(A:person)-[:supports]->(B:person)<-[:warns]-(C:group)> |

  Scenario: A named path over a variable-length relationship
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(c:person {id: 'C'})
      """
    When executing query:
      """
      MATCH p = (x {id: 'A'})-[*2]->(y) RETURN [n IN nodes(p) | n.id] AS ns
      """
    Then the result should be, in any order:
      | ns              |
      | ['A', 'B', 'C'] |

  Scenario: Huge bounds stay finite on a finite graph
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(a)
      """
    When executing query:
      """
      MATCH (x {id: 'A'})-[*1..9223372036854775807]-(y) RETURN count(*) AS n
      """
    Then the result should be, in any order:
      | n |
      | 4 |
