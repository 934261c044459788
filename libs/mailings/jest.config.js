module.exports = require('../../jest.preset.js').project('mailings', __dirname);
