Feature: Errors name the spot and suggest fixes

  Scenario: A malformed query is a SyntaxError with line and column
    When executing query:
      """
      MATCH (a)-[r:accuses->(b) RETURN a
      """
    Then a SyntaxError should be raised
    And the error should contain "line 1, column 21"

  Scenario: The caret sits under the spot on the right line
    When executing query:
      """
      MATCH (a)
      RETURN a.name AS
      """
    Then a SyntaxError should be raised
    And the error should contain "line 2, column 17"

  Scenario: Unterminated string
    When executing query:
      """
      RETURN 'abc
      """
    Then a SyntaxError should be raised
    And the error should contain "unterminated string"

  Scenario: Unknown relationship type suggests the nearest
    Given the graph kz
    When executing query:
      """
      MATCH (a)-[:acuses]->(b) RETURN a
      """
    Then a SemanticError should be raised
    And the error should contain "did you mean accuses?"

  Scenario: Unknown label suggests the nearest kind
    When executing query:
      """
      MATCH (a:persn) RETURN a
      """
    Then a SemanticError should be raised
    And the error should contain "did you mean person?"

  Scenario: Undefined variable
    When executing query:
      """
      MATCH (a) RETURN b
      """
    Then a SemanticError should be raised
    And the error should contain "variable `b` is not defined"

  Scenario: Variables out of scope after WITH
    When executing query:
      """
      MATCH (a)-->(b) WITH a RETURN b
      """
    Then a SemanticError should be raised

  Scenario: Unknown function suggests the nearest
    When executing query:
      """
      RETURN toUper('a')
      """
    Then a SemanticError should be raised
    And the error should contain "did you mean toupper()?"

  Scenario: Aggregates are not allowed in WHERE
    When executing query:
      """
      MATCH (a) WHERE count(*) > 1 RETURN a
      """
    Then a SemanticError should be raised

  Scenario: Queries are read-only
    When executing query:
      """
      CREATE (a:person {id: 'x'})
      """
    Then a SemanticError should be raised
    And the error should contain "read"

  Scenario: Write clauses are refused by the parser
    When executing query:
      """
      MATCH (a) DELETE a
      """
    Then a SyntaxError should be raised
    And the error should contain "not supported"

  Scenario: RETURN must come last
    When executing query:
      """
      RETURN 1 AS x MATCH (a) RETURN a
      """
    Then a SemanticError should be raised

  Scenario: A query must end with RETURN
    When executing query:
      """
      MATCH (a)
      """
    Then a SemanticError should be raised

  Scenario: Expressions in WITH need an alias
    When executing query:
      """
      MATCH (a) WITH a.name RETURN 1
      """
    Then a SemanticError should be raised

  Scenario: A variable-length upper bound below the lower bound
    When executing query:
      """
      MATCH (a)-[*3..1]->(b) RETURN a
      """
    Then a SyntaxError should be raised

  Scenario: Type errors at run time
    When executing query:
      """
      RETURN labels(1)
      """
    Then a TypeError should be raised

  Scenario: Division by zero
    When executing query:
      """
      RETURN 1 / 0
      """
    Then a TypeError should be raised

  Scenario: Negative LIMIT
    When executing query:
      """
      UNWIND [1] AS x RETURN x LIMIT -1
      """
    Then a SemanticError should be raised

  Scenario: Deep nesting is refused, not a crash
    When executing query:
      """
      RETURN ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
      """
    Then a SyntaxError should be raised
    And the error should contain "nested too deeply"

  Scenario: Unknown procedure
    When executing query:
      """
      CALL kz.betweeness() YIELD node RETURN node
      """
    Then a SemanticError should be raised
    And the error should contain "did you mean kz.betweenness?"

  Scenario: Parameters are not supported
    When executing query:
      """
      MATCH (a {id: $who}) RETURN a
      """
    Then a SyntaxError should be raised
