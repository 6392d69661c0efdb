Feature: WHERE, comparisons and three-valued logic

  Scenario: Comparisons on properties
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[r]->(b) WHERE r.weight >= 3 AND r.weight <> 4 RETURN a.id, type(r), b.id
      """
    Then the result should be, in any order:
      | a.id      | type(r)        | b.id         |
      | 'Tokayev' | 'accuses'      | 'terrorists' |
      | 'Russia'  | 'sends_troops' | 'Kazakhstan' |

  Scenario: String predicates
    Given the graph kz
    When executing query:
      """
      MATCH (n) WHERE n.name STARTS WITH 'Al' OR n.name ENDS WITH 'States' OR n.name CONTAINS 'Treaty'
      RETURN n.id ORDER BY n.id
      """
    Then the result should be, in order:
      | n.id         |
      | 'CSTO'       |
      | 'Lukashenko' |
      | 'USA'        |

  Scenario: IN a list, and NOT
    Given the graph kz
    When executing query:
      """
      MATCH (n:country) WHERE n.id IN ['Russia', 'Belarus', 'Atlantis'] AND NOT n.id = 'Belarus' RETURN n.id
      """
    Then the result should be, in any order:
      | n.id     |
      | 'Russia' |

  Scenario: XOR
    When executing query:
      """
      UNWIND [[true, true], [true, false], [false, false], [null, true]] AS p RETURN p[0] XOR p[1] AS x
      """
    Then the result should be, in order:
      | x     |
      | false |
      | true  |
      | false |
      | null  |

  Scenario: Three-valued AND, OR, NOT with null
    When executing query:
      """
      RETURN null AND false AS a, null AND true AS b, null OR true AS c, null OR false AS d, NOT null AS e, null = null AS f, null <> 1 AS g
      """
    Then the result should be, in any order:
      | a     | b    | c    | d    | e    | f    | g    |
      | false | null | true | null | null | null | null |

  Scenario: WHERE drops rows whose predicate is null
    Given a graph:
      """
      CREATE (a:person {id: 'A', age: '40'}), (b:person {id: 'B'})
      """
    When executing query:
      """
      MATCH (n:person) WHERE n.age = '40' OR n.age <> '40' RETURN n.id
      """
    Then the result should be, in any order:
      | n.id |
      | 'A'  |

  Scenario: IS NULL and IS NOT NULL
    Given a graph:
      """
      CREATE (a:person {id: 'A', age: '40'}), (b:person {id: 'B'})
      """
    When executing query:
      """
      MATCH (n:person) RETURN n.id, n.age IS NULL AS missing, n.age IS NOT NULL AS present ORDER BY n.id
      """
    Then the result should be, in order:
      | n.id | missing | present |
      | 'A'  | false   | true    |
      | 'B'  | true    | false   |

  Scenario: IN with null on either side
    When executing query:
      """
      RETURN 1 IN [1, null] AS a, 2 IN [1, null] AS b, null IN [1] AS c, 2 IN [1, 2] AS d, 3 IN [] AS e, 1 IN null AS f
      """
    Then the result should be, in any order:
      | a    | b    | c    | d    | e     | f    |
      | true | null | null | true | false | null |

  Scenario: Comparing values of different types
    When executing query:
      """
      RETURN 1 < 'a' AS a, 1 = 1.0 AS b, 'a' < 'b' AS c, 2 > 1.5 AS d, [1, 2] = [1, 2] AS e, [1, null] = [1, 2] AS f, 1 = 'a' AS g
      """
    Then the result should be, in any order:
      | a    | b    | c    | d    | e    | f    | g     |
      | null | true | true | true | true | null | false |

  Scenario: Chained comparisons
    When executing query:
      """
      UNWIND [1, 2, 3] AS x WITH x WHERE 1 < x <= 3 RETURN x
      """
    Then the result should be, in order:
      | x |
      | 2 |
      | 3 |

  Scenario: String predicates on non-strings give null
    When executing query:
      """
      RETURN 1 STARTS WITH 'a' AS a, 'abc' CONTAINS null AS b, 'abc' ENDS WITH 'bc' AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | null | null | true |

  Scenario: WHERE on a relationship variable inside a two-hop pattern
    Given the graph kz
    When executing query:
      """
      MATCH (p)-[l:leads]->(c)-[s]->(k {id: 'Kazakhstan'}) WHERE s.weight > 1 RETURN p.id, type(s)
      """
    Then the result should be, in any order:
      | p.id    | type(s)        |
      | 'Putin' | 'sends_troops' |
