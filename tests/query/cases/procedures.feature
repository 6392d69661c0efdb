Feature: Whole-graph procedures on a Boost.Graph snapshot

  Scenario: Betweenness centrality of a path graph
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(c:person {id: 'C'})-[:warns]->(d:person {id: 'D'})
      """
    When executing query:
      """
      CALL kz.betweenness() YIELD node, score RETURN node.id AS n, score ORDER BY n
      """
    Then the result should be, in order:
      | n   | score |
      | 'A' | 0.0   |
      | 'B' | 2.0   |
      | 'C' | 2.0   |
      | 'D' | 0.0   |

  Scenario: Betweenness restricted to some types
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(c:person {id: 'C'})-[:warns]->(d:person {id: 'D'})
      """
    When executing query:
      """
      CALL kz.betweenness(['supports']) YIELD node, score WITH node, score WHERE score > 0 RETURN node.id, score
      """
    Then the result should be, in any order:
      | node.id | score |
      | 'B'     | 1.0   |

  Scenario: Degree, and CALL as the last clause
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'}), (a)-[:warns]->(b), (a)-[:meets]->(c:person {id: 'C'})
      """
    When executing query:
      """
      CALL kz.degree() YIELD node AS n, score AS d
      """
    Then the result should be, in any order:
      | n             | d   |
      | (A:person)    | 2.0 |
      | (B:person)    | 1.0 |
      | (C:person)    | 1.0 |

  Scenario: PageRank ranks the node everyone points to first
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(h:person {id: 'H'}), (b:person {id: 'B'})-[:supports]->(h), (c:person {id: 'C'})-[:supports]->(h), (h)-[:supports]->(a)
      """
    When executing query:
      """
      CALL kz.pagerank() YIELD node, score RETURN node.id ORDER BY score DESC LIMIT 1
      """
    Then the result should be, in any order:
      | node.id |
      | 'H'     |

  Scenario: The central actors of the kz graph (values checked against networkx)
    Given the graph kz
    When executing query:
      """
      CALL kz.betweenness() YIELD node, score RETURN node.id AS n, round(score * 100) / 100 AS s ORDER BY s DESC, n LIMIT 9
      """
    Then the result should be, in order:
      | n            | s    |
      | 'Tokayev'    | 19.5 |
      | 'CSTO'       | 8.25 |
      | 'Putin'      | 8.0  |
      | 'Russia'     | 2.75 |
      | 'Blinken'    | 2.5  |
      | 'Kazakhstan' | 2.5  |
      | 'Lukashenko' | 2.5  |
      | 'Belarus'    | 1.25 |
      | 'USA'        | 0.75 |
