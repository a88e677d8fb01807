const winston = require('winston');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

function loginSucceeded(user) {
  logger.info('login ok', { user: user.name, dept: user.dept });
}

function loginFailed(name, password) {
  logger.warn('login failed', { user: name, password });
}

function sessionIssued(user, cookie) {
  logger.debug(`session for ${user.name}: ${cookie}`);
}

module.exports = { loginSucceeded, loginFailed, sessionIssued };
