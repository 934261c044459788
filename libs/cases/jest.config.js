module.exports = require('../../jest.preset.js').project('cases', __dirname);
