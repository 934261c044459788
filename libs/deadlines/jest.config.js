module.exports = require('../../jest.preset.js').project('deadlines', __dirname);
