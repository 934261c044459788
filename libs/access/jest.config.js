module.exports = require('../../jest.preset.js').project('access', __dirname);
