module.exports = require('../../jest.preset.js').project('papers', __dirname);
