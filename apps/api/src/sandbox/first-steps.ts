/** What the sandbox opens with: a newcomer's first operations, runnable against the demo. */
export const FIRST_STEPS = `# Welcome to Parley. Run an operation with the ▶ button and pick it by name.
# 1. Sign in: the demo (npm start -- --demo) prints these logins and their passphrase.
# 2. Copy the accessToken into Headers below: {"Authorization": "Bearer <accessToken>"}
# 3. Try the others. Court staff: sign in as edlcrd@cand.parley.demo and read the docket.

mutation SignIn {
  login(input: { email: "luckert@parley.demo", password: "luckert brannon demo harbor" }) {
    accessToken
    refreshToken
    user { id name role }
  }
}

query MyCases {
  cases(first: 10) {
    edges {
      node {
        id title docketNumber judge
        court { name timeZone }
        parties { name side proSe incarcerated }
      }
    }
  }
}

query MyNotices {
  unreadNotificationCount
  notifications { kind message createdAt readAt }
}

query CourtDocket {
  courtDocket {
    id caption docketNumber judge status otherSideResponded
    items { number kind setTitle text response objections }
    certifications { party signedBy signedAt }
  }
}

# When is a response due? FRCP 6, with each step and its rule (a court id from MyCases).
query ExplainADeadline {
  explainDeadline(input: { courtId: "<court id>", triggeredOn: "2026-11-25", days: 30, method: MAIL }) {
    dueOn
    steps { rule text date }
  }
}
`;
