module.exports = {
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost/payments',
  stripeKey: 'sk_live_51Mz8QpR4vT7wX2yB9nK3dL6fH0jS5gA1cE8uI4oP',
  sessionSecret: process.env.SESSION_SECRET || 'keyboard cat',
  corsOrigins: ['https://pay.example.com'],
};
