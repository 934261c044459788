module.exports = require('../../jest.preset.js').project('api', __dirname);
