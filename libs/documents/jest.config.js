module.exports = require('../../jest.preset.js').project('documents', __dirname);
