Feature: MATCH with node and relationship patterns

  Scenario: Directed single hop with a type
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[r:accuses]->(b) RETURN a.id, b.id, r.weight ORDER BY r.weight DESC, a.id, b.id
      """
    Then the result should be, in order:
      | a.id      | b.id         | r.weight |
      | 'Tokayev' | 'terrorists' | 3        |
      | 'Putin'   | 'USA'        | 1        |
      | 'Tokayev' | 'protesters' | 1        |

  Scenario: Relationship type names are case-insensitive
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[:ACCUSES]->(b:GROUP) RETURN a.id AS who, b.id AS whom
      """
    Then the result should be, in any order:
      | who       | whom         |
      | 'Tokayev' | 'terrorists' |
      | 'Tokayev' | 'protesters' |

  Scenario: Property map anchors the pattern
    Given the graph kz
    When executing query:
      """
      MATCH (p:person {name: 'Vladimir Putin'})-[r]->(x) RETURN type(r) AS t, x.id AS x
      """
    Then the result should be, in any order:
      | t          | x            |
      | 'accuses'  | 'USA'        |
      | 'warns'    | 'USA'        |
      | 'leads'    | 'Russia'     |
      | 'meets'    | 'Lukashenko' |
      | 'supports' | 'Tokayev'    |

  Scenario: Incoming direction
    Given the graph kz
    When executing query:
      """
      MATCH (k {id: 'Kazakhstan'})<-[:sends_troops]-(s) RETURN s.id ORDER BY s.id
      """
    Then the result should be, in order:
      | s.id      |
      | 'Belarus' |
      | 'CSTO'    |
      | 'Russia'  |

  Scenario: Type alternatives
    Given the graph kz
    When executing query:
      """
      MATCH (a {id: 'Blinken'})-[r:accuses|criticizes|:official_of]->(b) RETURN type(r), b.id
      """
    Then the result should be, in any order:
      | type(r)       | b.id     |
      | 'criticizes'  | 'Russia' |
      | 'criticizes'  | 'CSTO'   |
      | 'official_of' | 'USA'    |

  Scenario: Undirected patterns return both orientations
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:meets]->(b:person {id: 'B'})
      """
    When executing query:
      """
      MATCH (x)-[:meets]-(y) RETURN x.id, y.id
      """
    Then the result should be, in any order:
      | x.id | y.id |
      | 'A'  | 'B'  |
      | 'B'  | 'A'  |

  Scenario: An undirected self-loop is matched once
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:warns]->(a)
      """
    When executing query:
      """
      MATCH (x)-[r]-(y) RETURN x.id, y.id, count(*) AS n
      """
    Then the result should be, in any order:
      | x.id | y.id | n |
      | 'A'  | 'A'  | 1 |

  Scenario: Two hops with a label on the far end
    Given the graph kz
    When executing query:
      """
      MATCH (p:person)-[:leads]->(c:country)-[:member_of]->(o:organization) RETURN p.id, c.id, o.id ORDER BY p.id
      """
    Then the result should be, in order:
      | p.id         | c.id         | o.id   |
      | 'Lukashenko' | 'Belarus'    | 'CSTO' |
      | 'Putin'      | 'Russia'     | 'CSTO' |
      | 'Tokayev'    | 'Kazakhstan' | 'CSTO' |

  Scenario: A variable used twice closes a cycle
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})-[:supports]->(a),
             (b)-[:supports]->(c:person {id: 'C'})
      """
    When executing query:
      """
      MATCH (x)-[:supports]->(y)-[:supports]->(x) RETURN x.id, y.id
      """
    Then the result should be, in any order:
      | x.id | y.id |
      | 'A'  | 'B'  |
      | 'B'  | 'A'  |

  Scenario: Relationship isomorphism across comma-separated patterns
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})
      """
    When executing query:
      """
      MATCH (x)-[r1]->(y), (z)-[r2]->(w) RETURN x.id, z.id
      """
    Then the result should be empty

  Scenario: The same relationship may appear in two MATCH clauses
    Given a graph:
      """
      CREATE (a:person {id: 'A'})-[:supports]->(b:person {id: 'B'})
      """
    When executing query:
      """
      MATCH (x)-[r1]->(y) MATCH (z)-[r2]->(w) RETURN x.id, z.id
      """
    Then the result should be, in any order:
      | x.id | z.id |
      | 'A'  | 'A'  |

  Scenario: Labels and id built-ins
    Given the graph kz
    When executing query:
      """
      MATCH (n {id: 'CSTO'}) RETURN labels(n) AS l, id(n) AS i, n.kind AS k, n.aliases AS a
      """
    Then the result should be, in any order:
      | l                | i      | k              | a               |
      | ['organization'] | 'CSTO' | 'organization' | ['OTSC', 'CSTO'] |

  Scenario: Relationship properties and a missing property
    Given the graph kz
    When executing query:
      """
      MATCH (:person {id: 'Tokayev'})-[r:requests_aid]->(o) RETURN r.first_seen, r.last_seen, r.weight, r.nothing, o.nothing
      """
    Then the result should be, in any order:
      | r.first_seen | r.last_seen  | r.weight | r.nothing | o.nothing |
      | '2022-01-05' | '2022-01-07' | 4        | null      | null      |

  Scenario: Stored properties are readable
    Given a graph:
      """
      CREATE (a:person {id: 'A', role: 'president'})-[:leads {source: 'x', note: 'n1'}]->(c:country {id: 'C'})
      """
    When executing query:
      """
      MATCH (p)-[r]->(c) RETURN p.role, r.note, keys(p) AS k
      """
    Then the result should be, in any order:
      | p.role      | r.note | k                                    |
      | 'president' | 'n1'   | ['aliases', 'id', 'kind', 'name', 'role'] |

  Scenario: A node scan with no relationship
    Given the graph kz
    When executing query:
      """
      MATCH (g:group) RETURN g.name ORDER BY g.name
      """
    Then the result should be, in order:
      | g.name       |
      | 'protesters' |
      | 'terrorists' |

  Scenario: Cartesian product of two unconnected patterns
    Given the graph kz
    When executing query:
      """
      MATCH (g:group), (o:organization) RETURN g.id, o.id
      """
    Then the result should be, in any order:
      | g.id         | o.id   |
      | 'protesters' | 'CSTO' |
      | 'terrorists' | 'CSTO' |

  Scenario: Nodes are returned whole
    Given the graph kz
    When executing query:
      """
      MATCH (n:organization) RETURN n
      """
    Then the result should be, in any order:
      | n                   |
      | (CSTO:organization) |
