module.exports = require('../../jest.preset.js').project('worker', __dirname);
