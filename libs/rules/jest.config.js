module.exports = require('../../jest.preset.js').project('rules', __dirname);
