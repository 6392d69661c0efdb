Feature: Nodes bound by scans and expansions read their records when needed

  Scenario: Two patterns of one MATCH never share a scanned relationship
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})
      """
    When executing query:
      """
      MATCH (x)-[:supports]->(y), (p)-[:supports]->(q) RETURN x.id, q.id
      """
    Then the result should be empty

  Scenario: Name, labels and properties of scanned nodes are read on demand
    Given a graph:
      """
      CREATE (a:person {id: 'A', name: 'Alpha', role: 'chair'})-[:supports]->(b:country {id: 'B', name: 'Beta'})
      """
    When executing query:
      """
      MATCH (x)-[:supports]->(y) RETURN x.name, x.role, labels(y), y
      """
    Then the result should be, in any order:
      | x.name  | x.role  | labels(y)   | y           |
      | 'Alpha' | 'chair' | ['country'] | (B:country) |

  Scenario: Nodes carried through WITH, aggregation and startNode read their records
    Given a graph:
      """
      CREATE (a:person {id: 'A', name: 'Alpha'})-[:supports]->(b:country {id: 'B', name: 'Beta'}),
             (a)-[:warns]->(c:group {id: 'C', name: 'Gamma'})
      """
    When executing query:
      """
      MATCH (x)-[r]->(y) WITH x, collect(y) AS ys, startNode(r) AS s
      RETURN x.id, size(ys), s.name ORDER BY size(ys)
      """
    Then the result should be, in order:
      | x.id | size(ys) | s.name  |
      | 'A'  | 2        | 'Alpha' |

  Scenario: A label filter after an expansion reads the far node
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:country {id: 'B'}),
             (a)-[:supports]->(c:group {id: 'C'})
      """
    When executing query:
      """
      MATCH (x {id: 'A'})-[:supports]->(y:group) RETURN y.id, y
      """
    Then the result should be, in any order:
      | y.id | y         |
      | 'C'  | (C:group) |
