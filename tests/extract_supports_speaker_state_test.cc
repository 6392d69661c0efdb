
TEST_CASE("requests_aid: an urgent meeting asked of a body asks its help", "[extract][support]") {
  CHECK(Says("Le Mali a demandé une réunion extraordinaire du Conseil de sécurité.",
             "Mali requests_aid UN Security Council"));
  CHECK(Says("Russia requested an emergency meeting of the UN Security Council.",
             "Russia requests_aid UN Security Council"));
  CHECK(Says("China called for an emergency session of the Security Council on Monday.",
             "China requests_aid UN Security Council"));
  CHECK_FALSE(Says("Le Mali n'a pas demandé de réunion d'urgence du Conseil de sécurité.",
                   "Mali requests_aid UN Security Council"));
  CHECK_FALSE(Says("Russia did not request an emergency meeting of the Security Council.",
                   "Russia requests_aid UN Security Council"));
}

TEST_CASE("warns: a state's ships or bases called legitimate targets", "[extract][support]") {
  CHECK(Says("Yahya Saree warned that British ships would remain \"legitimate targets\".",
             "Saree warns United Kingdom"));
  CHECK(Says("Le porte-parole Yahya Saree a averti que les navires britanniques seraient des "
             "cibles légitimes.",
             "Saree warns United Kingdom"));
  CHECK_FALSE(Says("Yahya Saree said British ships would not be legitimate targets.",
                   "Saree warns United Kingdom"));
  CHECK_FALSE(Says("Yahya Saree said British ships remain in the Red Sea.",
                   "Saree warns United Kingdom"));
  CHECK_FALSE(Says("Le porte-parole Yahya Saree a dit que les navires britanniques resteraient au "
                   "port.",
                   "Saree warns United Kingdom"));
}

TEST_CASE("requests_aid: troops of one nationality sent at a fronted request",
          "[extract][support]") {
  CHECK(Says("Déployé depuis juillet, à la demande de Maputo, un contingent de soldats rwandais a "
             "repris la ville.",
             "Mozambique requests_aid Rwanda"));
  CHECK(Says("À la demande du Mali, des soldats russes sont arrivés à Bamako.",
             "Mali requests_aid Russia"));
  CHECK(Says("At the request of the Haitian government, Kenyan police officers arrived in "
             "Port-au-Prince on Tuesday.",
             "Haiti requests_aid Kenya"));
  // A request refused, or no troops: nobody asked.
  CHECK_FALSE(Says("Le Mali a refusé la demande de la France, et des soldats russes sont arrivés.",
                   "France requests_aid Russia"));
  CHECK_FALSE(Says("À la demande du Mali, le Conseil a voté une résolution lundi.",
                   "Mali requests_aid Russia"));
}

TEST_CASE("requests_aid: a bare appeal ends at a gerund or a coordinated verb",
          "[extract][support]") {
  CHECK(Says("Le président Kassym-Jomart Tokaïev a justifié son appel à l'OTSC en affirmant que "
             "des bandits avaient attaqué.",
             "Tokayev requests_aid CSTO"));
  CHECK(Says("Le président Kassym-Jomart Tokaïev a défendu son appel à l'OTSC et a ordonné aux "
             "forces de tirer.",
             "Tokayev requests_aid CSTO"));
  // A purpose after the addressee is no help asked.
  CHECK_FALSE(Says("La France a lancé un appel à la Russie et à la Chine à la retenue.",
                   "France requests_aid Russia"));
}

TEST_CASE("supports: welcoming the arrival of an actor's troops", "[extract][support]") {
  CHECK(Says("Le gouvernement congolais salue l'arrivée des militaires kényans.",
             "DR Congo supports Kenya"));
  CHECK(Says("The Congolese government welcomed the arrival of Kenyan troops.",
             "DR Congo supports Kenya"));
  CHECK_FALSE(Says("Le gouvernement congolais ne salue pas l'arrivée des militaires kényans.",
                   "DR Congo supports Kenya"));
}

TEST_CASE("warns: an indefinite warning noun in apposition sums up the speaker's words",
          "[extract][support]") {
  CHECK(Says("Michelle Bachelet a dit que la situation était grave, une mise en garde à peine "
             "voilée contre la Russie.",
             "Bachelet warns Russia"));
  CHECK(Says("Michelle Bachelet a dit que la force devait rester un dernier recours, un "
             "avertissement adressé au Kazakhstan.",
             "Bachelet warns Kazakhstan"));
  CHECK(Says("Michelle Bachelet said force could only be a last resort, a thinly veiled warning "
             "to Astana.",
             "Bachelet warns Kazakhstan"));
  // The noun's target is the speaker's only: no other actor of the sentence warns.
  CHECK_FALSE(Says("Michelle Bachelet a dit que la situation était grave, une mise en garde contre "
                   "la Russie.",
                   "Russia warns Russia"));
}
