Feature: Expressions, functions and UNWIND

  Scenario: Arithmetic and string concatenation
    When executing query:
      """
      RETURN 1 + 2 * 3 AS a, 7 / 2 AS b, 7.0 / 2 AS c, 7 % 3 AS d, 2 ^ 3 AS e, -(3) AS f, 'a' + 1 AS g, [1] + [2] AS h
      """
    Then the result should be, in any order:
      | a | b | c   | d | e   | f  | g    | h      |
      | 7 | 3 | 3.5 | 1 | 8.0 | -3 | 'a1' | [1, 2] |

  Scenario: Arithmetic with null is null
    When executing query:
      """
      RETURN 1 + null AS a, null * 2 AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |

  Scenario: String functions
    When executing query:
      """
      RETURN toLower('ÉTATS') AS a, toUpper('abc') AS b, trim('  x ') AS c, substring('Kazakhstan', 0, 4) AS d, split('a,b', ',') AS e, replace('aXbX', 'X', '-') AS f, size('Tokaïev') AS g, left('abc', 2) AS h, right('abc', 2) AS i, reverse('abc') AS j
      """
    Then the result should be, in any order:
      | a       | b     | c   | d      | e          | f      | g | h    | i    | j     |
      | 'États' | 'ABC' | 'x' | 'Kaza' | ['a', 'b'] | 'a-b-' | 7 | 'ab' | 'bc' | 'cba' |

  Scenario: Conversion and list functions
    When executing query:
      """
      RETURN toInteger('42') AS a, toFloat('1.5') AS b, toString(3) AS c, toInteger('x') AS d, head([1, 2]) AS e, last([1, 2]) AS f, tail([1, 2, 3]) AS g, size([1, 2]) AS h, coalesce(null, 'b', 'c') AS i, range(0, 6, 3) AS j
      """
    Then the result should be, in any order:
      | a  | b   | c   | d    | e | f | g      | h | i   | j         |
      | 42 | 1.5 | '3' | null | 1 | 2 | [2, 3] | 2 | 'b' | [0, 3, 6] |

  Scenario: List indexing and comprehension
    When executing query:
      """
      WITH [1, 2, 3, 4] AS l RETURN l[0] AS a, l[-1] AS b, l[9] AS c, [x IN l WHERE x % 2 = 0 | x * 10] AS d, [x IN l WHERE x > 2] AS e
      """
    Then the result should be, in any order:
      | a | b | c    | d        | e      |
      | 1 | 4 | null | [20, 40] | [3, 4] |

  Scenario: Maps and property access on maps
    When executing query:
      """
      WITH {name: 'Putin', n: 2} AS m RETURN m.name AS a, m.missing AS b, m AS c, keys(m) AS d
      """
    Then the result should be, in any order:
      | a       | b    | c                    | d           |
      | 'Putin' | null | {n: 2, name: 'Putin'} | ['n', 'name'] |

  Scenario: CASE
    When executing query:
      """
      UNWIND [1, 2, 3] AS x RETURN CASE x WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END AS a, CASE WHEN x > 2 THEN 'big' END AS b
      """
    Then the result should be, in order:
      | a      | b     |
      | 'one'  | null  |
      | 'two'  | null  |
      | 'many' | 'big' |

  Scenario: UNWIND of null and of an empty list yields no rows
    When executing query:
      """
      UNWIND [] AS x UNWIND null AS y RETURN x, y
      """
    Then the result should be empty

  Scenario: UNWIND a list of names and match them
    Given the graph kz
    When executing query:
      """
      UNWIND ['Putin', 'Nobody', 'Blinken'] AS who
      MATCH (p {id: who})
      RETURN p.name ORDER BY p.name
      """
    Then the result should be, in order:
      | p.name           |
      | 'Antony Blinken' |
      | 'Vladimir Putin' |

  Scenario: Relationship functions
    Given the graph kz
    When executing query:
      """
      MATCH (a {id: 'Putin'})-[r:meets]->(b) RETURN type(r), startNode(r).id AS s, endNode(r).id AS e, r
      """
    Then the result should be, in any order:
      | type(r) | s       | e            | r                               |
      | 'meets' | 'Putin' | 'Lukashenko' | [:meets Putin->Lukashenko] |

  Scenario: Escapes in strings
    When executing query:
      """
      RETURN 'it\'s' AS a, "say \"hi\"" AS b, 'caf\u00e9' AS c
      """
    Then the result should be, in any order:
      | a         | b              | c      |
      | 'it\'s'   | 'say "hi"'     | 'café' |
