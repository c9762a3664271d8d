package com.pulumi.wellarchitected.emulator;

/** Custom lens documents in the format ImportLens accepts. */
final class LensJson {
    private LensJson() {}

    static String valid(String name) {
        return """
                {
                  "schemaVersion": "2021-11-01",
                  "name": "%s",
                  "description": "A lens for tests",
                  "pillars": [
                    {
                      "id": "security",
                      "name": "Security",
                      "questions": [
                        {
                          "id": "sec_1",
                          "title": "How do you manage identities?",
                          "choices": [
                            {"id": "sec_1_a", "title": "Centralised identity provider"},
                            {"id": "sec_1_b", "title": "Temporary credentials"}
                          ],
                          "riskRules": [
                            {"condition": "sec_1_a && sec_1_b", "risk": "NO_RISK"},
                            {"condition": "default", "risk": "HIGH_RISK"}
                          ]
                        }
                      ]
                    }
                  ]
                }
                """.formatted(name);
    }
}
