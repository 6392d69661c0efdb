Feature: RETURN, WITH, aggregation, ordering and paging

  Scenario: count(*) on empty input is 0
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[:accuses]->(b {id: 'Nobody'}) RETURN count(*) AS n, count(a) AS m, collect(a) AS c, sum(1) AS s, avg(1) AS av, min(1) AS mn
      """
    Then the result should be, in any order:
      | n | m | c  | s | av   | mn   |
      | 0 | 0 | [] | 0 | null | null |

  Scenario: Grouping keys with aggregation yield no row on empty input
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[:accuses]->(b {id: 'Nobody'}) RETURN a.id, count(*) AS n
      """
    Then the result should be empty

  Scenario: Grouping by a key
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[r]->(b) RETURN a.id AS actor, count(*) AS out, sum(r.weight) AS total ORDER BY out DESC, actor LIMIT 3
      """
    Then the result should be, in order:
      | actor     | out | total |
      | 'Putin'   | 5   | 7     |
      | 'Tokayev' | 5   | 11    |
      | 'Blinken' | 3   | 3     |

  Scenario: count(x) skips nulls and count(DISTINCT x) duplicates
    When executing query:
      """
      UNWIND [1, 1, 2, null] AS x RETURN count(x) AS n, count(DISTINCT x) AS d, count(*) AS all, collect(DISTINCT x) AS c
      """
    Then the result should be, in any order:
      | n | d | all | c      |
      | 3 | 2 | 4   | [1, 2] |

  Scenario: min, max, sum and avg
    When executing query:
      """
      UNWIND [3, 1, 2.5, null] AS x RETURN min(x) AS mn, max(x) AS mx, sum(x) AS s, avg(x) AS a
      """
    Then the result should be, in any order:
      | mn | mx | s   | a   |
      | 1  | 3  | 6.5 | 2.1666666666666665 |

  Scenario: DISTINCT
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[:sends_troops|member_of]->(b) RETURN DISTINCT b.id ORDER BY b.id
      """
    Then the result should be, in order:
      | b.id         |
      | 'CSTO'       |
      | 'Kazakhstan' |

  Scenario: collect keeps the order of a sorted WITH and skips nulls
    When executing query:
      """
      UNWIND [2, null, 1] AS x WITH x ORDER BY x RETURN collect(x) AS sorted
      """
    Then the result should be, in any order:
      | sorted |
      | [1, 2] |

  Scenario: ORDER BY with nulls, ascending
    When executing query:
      """
      UNWIND [2, null, 1] AS x RETURN x ORDER BY x
      """
    Then the result should be, in order:
      | x    |
      | 1    |
      | 2    |
      | null |

  Scenario: ORDER BY with nulls, descending
    When executing query:
      """
      UNWIND [2, null, 1] AS x RETURN x ORDER BY x DESC
      """
    Then the result should be, in order:
      | x    |
      | null |
      | 2    |
      | 1    |

  Scenario: ORDER BY mixed types follows the global order
    When executing query:
      """
      UNWIND [1, 'a', true, [1], null, 2.5] AS x RETURN x ORDER BY x
      """
    Then the result should be, in order:
      | x    |
      | [1]  |
      | 'a'  |
      | true |
      | 1    |
      | 2.5  |
      | null |

  Scenario: SKIP and LIMIT
    When executing query:
      """
      UNWIND range(1, 10) AS x RETURN x ORDER BY x DESC SKIP 2 LIMIT 3
      """
    Then the result should be, in order:
      | x |
      | 8 |
      | 7 |
      | 6 |

  Scenario: LIMIT 0
    When executing query:
      """
      UNWIND range(1, 10) AS x RETURN x LIMIT 0
      """
    Then the result should be empty

  Scenario: ORDER BY a variable that is not returned
    Given the graph kz
    When executing query:
      """
      MATCH (n:group) RETURN n.name AS name ORDER BY n.id DESC
      """
    Then the result should be, in order:
      | name         |
      | 'terrorists' |
      | 'protesters' |

  Scenario: ORDER BY an aggregate expression that is returned
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[:sends_troops]->(k) RETURN k.id, count(*) ORDER BY count(*) DESC
      """
    Then the result should be, in order:
      | k.id         | count(*) |
      | 'Kazakhstan' | 3        |

  Scenario: WITH chains with aggregation and a WHERE on the aggregate
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[r]->(b)
      WITH b, count(r) AS incoming
      WHERE incoming >= 3
      RETURN b.id AS target, incoming ORDER BY incoming DESC, target
      """
    Then the result should be, in order:
      | target       | incoming |
      | 'CSTO'       | 5        |
      | 'Kazakhstan' | 4        |
      | 'USA'        | 3        |

  Scenario: WITH with ORDER BY and LIMIT, then MATCH again
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[r]->()
      WITH a, sum(r.weight) AS w ORDER BY w DESC LIMIT 1
      MATCH (a)-[:leads]->(c)
      RETURN a.id, w, c.id
      """
    Then the result should be, in any order:
      | a.id      | w  | c.id         |
      | 'Tokayev' | 11 | 'Kazakhstan' |

  Scenario: Aggregates inside expressions and grouped collect
    Given the graph kz
    When executing query:
      """
      MATCH (s)-[:member_of]->(o) RETURN o.id AS org, count(*) * 10 AS score, size(collect(s.id)) AS members
      """
    Then the result should be, in any order:
      | org    | score | members |
      | 'CSTO' | 30    | 3       |

  Scenario: WITH renames and swaps
    When executing query:
      """
      WITH 1 AS a, 2 AS b WITH b AS a, a AS b RETURN a, b
      """
    Then the result should be, in any order:
      | a | b |
      | 2 | 1 |

  Scenario: RETURN star
    When executing query:
      """
      WITH 1 AS b, 2 AS a RETURN *
      """
    Then the result should be, in any order:
      | a | b |
      | 2 | 1 |

  Scenario: Column names are the expressions as written
    When executing query:
      """
      WITH 'x' AS s RETURN toUpper(s), s + 'y'
      """
    Then the result should be, in any order:
      | toUpper(s) | s + 'y' |
      | 'X'        | 'xy'    |
