
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
