// autocannon's verifyBody hook: GraphQL answers an error with status 200, so a bench must read the
// body to count it (test/bench/support.ts).
module.exports = function graphqlOk(body) {
  return !body.includes('"errors"');
};
