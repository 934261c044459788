module.exports = require('../../jest.preset.js').project('accounts', __dirname);
