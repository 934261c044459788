module.exports = require('../../jest.preset.js').project('notifications', __dirname);
