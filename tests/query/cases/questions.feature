Feature: Plain-word questions, English and French

  Scenario: who accuses whom
    Given the graph kz
    When asking:
      """
      who accuses whom
      """
    Then the result should be, in order:
      | subject                 | object          | articles |
      | 'Kassym-Jomart Tokayev' | 'terrorists'    | 3        |
      | 'Kassym-Jomart Tokayev' | 'protesters'    | 1        |
      | 'Vladimir Putin'        | 'United States' | 1        |
    And the Cypher should be:
      """
      MATCH (s)-[r:accuses]->(o) RETURN s.name AS subject, o.name AS object, r.weight AS articles ORDER BY articles DESC, subject, object
      """

  Scenario: qui accuse qui
    Given the graph kz
    When asking:
      """
      Qui accuse qui ?
      """
    Then the result should be, in order:
      | subject                 | object          | articles |
      | 'Kassym-Jomart Tokayev' | 'terrorists'    | 3        |
      | 'Kassym-Jomart Tokayev' | 'protesters'    | 1        |
      | 'Vladimir Putin'        | 'United States' | 1        |

  Scenario: who sends troops to Kazakhstan
    Given the graph kz
    When asking:
      """
      who sends troops to Kazakhstan?
      """
    Then the result should be, in order:
      | subject                                   | object       | articles |
      | 'Russia'                                  | 'Kazakhstan' | 3        |
      | 'Collective Security Treaty Organization' | 'Kazakhstan' | 2        |
      | 'Belarus'                                 | 'Kazakhstan' | 1        |

  Scenario: qui envoie des troupes au Kazakhstan
    Given the graph kz
    When asking:
      """
      qui envoie des troupes au Kazakhstan
      """
    Then the result should be, in order:
      | subject                                   | object       | articles |
      | 'Russia'                                  | 'Kazakhstan' | 3        |
      | 'Collective Security Treaty Organization' | 'Kazakhstan' | 2        |
      | 'Belarus'                                 | 'Kazakhstan' | 1        |

  Scenario: who does Putin accuse
    Given the graph kz
    When asking:
      """
      who does Putin accuse
      """
    Then the result should be, in order:
      | subject          | object          | articles |
      | 'Vladimir Putin' | 'United States' | 1        |
    And the Cypher should be:
      """
      MATCH (s)-[r:accuses]->(o) WHERE s.id IN ['Putin'] RETURN s.name AS subject, o.name AS object, r.weight AS articles ORDER BY articles DESC, object
      """

  Scenario: qui Poutine accuse-t-il (the French name resolves through the aliases)
    Given the graph kz
    When asking:
      """
      qui Poutine accuse-t-il ?
      """
    Then the result should be, in order:
      | subject          | object          | articles |
      | 'Vladimir Putin' | 'United States' | 1        |

  Scenario: who criticizes the CSTO
    Given the graph kz
    When asking:
      """
      who criticizes the CSTO
      """
    Then the result should be, in order:
      | subject          | object                                    | articles |
      | 'Antony Blinken' | 'Collective Security Treaty Organization' | 1        |

  Scenario: qui critique l'OTSC
    Given the graph kz
    When asking:
      """
      qui critique l'OTSC
      """
    Then the result should be, in order:
      | subject          | object                                    | articles |
      | 'Antony Blinken' | 'Collective Security Treaty Organization' | 1        |

  Scenario: what did Blinken do
    Given the graph kz
    When asking:
      """
      what did Blinken do
      """
    Then the result should be, in order:
      | subject          | relation      | object                                    | articles |
      | 'Antony Blinken' | 'criticizes'  | 'Collective Security Treaty Organization' | 1        |
      | 'Antony Blinken' | 'criticizes'  | 'Russia'                                  | 1        |
      | 'Antony Blinken' | 'official_of' | 'United States'                           | 1        |

  Scenario: qu'a fait Blinken
    Given the graph kz
    When asking:
      """
      qu'a fait Blinken ?
      """
    Then the result should be, in order:
      | subject          | relation      | object                                    | articles |
      | 'Antony Blinken' | 'criticizes'  | 'Collective Security Treaty Organization' | 1        |
      | 'Antony Blinken' | 'criticizes'  | 'Russia'                                  | 1        |
      | 'Antony Blinken' | 'official_of' | 'United States'                           | 1        |

  Scenario: how is Blinken connected to Lukashenko
    Given the graph kz
    When asking:
      """
      how is Blinken connected to Lukashenko
      """
    Then the result should be, in any order:
      | hops | path |
      | 3    | <(Blinken:person)-[:criticizes]->(Russia:country)<-[:leads]-(Putin:person)-[:meets]->(Lukashenko:person)> |
      | 3    | <(Blinken:person)-[:official_of]->(USA:country)<-[:accuses]-(Putin:person)-[:meets]->(Lukashenko:person)> |
      | 3    | <(Blinken:person)-[:official_of]->(USA:country)<-[:warns]-(Putin:person)-[:meets]->(Lukashenko:person)> |
      | 3    | <(Blinken:person)-[:criticizes]->(CSTO:organization)<-[:member_of]-(Belarus:country)<-[:leads]-(Lukashenko:person)> |
      | 3    | <(Blinken:person)-[:criticizes]->(CSTO:organization)<-[:requests_aid]-(Tokayev:person)<-[:supports]-(Lukashenko:person)> |

  Scenario: quel lien entre Blinken et Loukachenko
    Given the graph kz
    When asking:
      """
      Quel lien entre Blinken et Loukachenko ?
      """
    Then the result should be, in any order:
      | hops | path |
      | 3    | <(Blinken:person)-[:criticizes]->(Russia:country)<-[:leads]-(Putin:person)-[:meets]->(Lukashenko:person)> |
      | 3    | <(Blinken:person)-[:official_of]->(USA:country)<-[:accuses]-(Putin:person)-[:meets]->(Lukashenko:person)> |
      | 3    | <(Blinken:person)-[:official_of]->(USA:country)<-[:warns]-(Putin:person)-[:meets]->(Lukashenko:person)> |
      | 3    | <(Blinken:person)-[:criticizes]->(CSTO:organization)<-[:member_of]-(Belarus:country)<-[:leads]-(Lukashenko:person)> |
      | 3    | <(Blinken:person)-[:criticizes]->(CSTO:organization)<-[:requests_aid]-(Tokayev:person)<-[:supports]-(Lukashenko:person)> |

  Scenario: qui sont les acteurs les plus centraux
    Given the graph kz
    When asking:
      """
      qui sont les acteurs les plus centraux ?
      """
    Then the Cypher should be:
      """
      CALL kz.betweenness() YIELD node, score RETURN node.name AS actor, node.kind AS kind, score ORDER BY score DESC, actor LIMIT 10
      """

  Scenario: Other verbs from the data file: who supports X, qui soutient X
    Given the graph kz
    When asking:
      """
      qui soutient Tokaïev
      """
    Then the result should be, in order:
      | subject                | object                  | articles |
      | 'Vladimir Putin'       | 'Kassym-Jomart Tokayev' | 2        |
      | 'Alexander Lukashenko' | 'Kassym-Jomart Tokayev' | 1        |

  Scenario: who is a member of the CSTO
    Given the graph kz
    When asking:
      """
      who is a member of the CSTO
      """
    Then the result should be, in order:
      | subject      | object                                    | articles |
      | 'Belarus'    | 'Collective Security Treaty Organization' | 1        |
      | 'Kazakhstan' | 'Collective Security Treaty Organization' | 1        |
      | 'Russia'     | 'Collective Security Treaty Organization' | 1        |

  Scenario: who leads X
    Given the graph kz
    When asking:
      """
      who leads Belarus
      """
    Then the result should be, in order:
      | subject                | object    | articles |
      | 'Alexander Lukashenko' | 'Belarus' | 1        |

  Scenario: who meets X uses an undirected pattern (meets is symmetric)
    Given the graph kz
    When asking:
      """
      who meets Putin
      """
    Then the result should be, in order:
      | subject                | object           | articles |
      | 'Alexander Lukashenko' | 'Vladimir Putin' | 1        |

  Scenario: who warns whom
    Given the graph kz
    When asking:
      """
      who warns whom
      """
    Then the result should be, in order:
      | subject                 | object          | articles |
      | 'Kassym-Jomart Tokayev' | 'terrorists'    | 1        |
      | 'Vladimir Putin'        | 'United States' | 1        |

  Scenario: An unknown actor gets suggestions
    Given the graph kz
    When asking:
      """
      who does Putn accuse
      """
    Then a QuestionError should be raised
    And the error should contain "did you mean Vladimir Putin (Putin)?"

  Scenario: An unrecognised question lists the forms understood
    Given the graph kz
    When asking:
      """
      why is the sky blue
      """
    Then a QuestionError should be raised
    And the error should contain "who <verb> whom"
    And the error should contain "qui <verb> qui"
