module.exports = require('../../jest.preset.js').project('courts', __dirname);
