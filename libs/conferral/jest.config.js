module.exports = require('../../jest.preset.js').project('conferral', __dirname);
