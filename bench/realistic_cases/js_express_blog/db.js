const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: process.env.DB_HOST || 'localhost',
  user: 'blog',
  password: process.env.DB_PASSWORD,
  database: 'blog',
  connectionLimit: 10,
});

async function findPosts(tag, author) {
  const sql = `SELECT id, title, slug FROM posts WHERE tag = '${tag}' AND author_id = ?`;
  const [rows] = await pool.query(sql, [author]);
  return rows;
}

async function postBySlug(slug) {
  const [rows] = await pool.execute('SELECT * FROM posts WHERE slug = ?', [slug]);
  return rows[0];
}

async function addComment(postId, userId, body) {
  await pool.execute('INSERT INTO comments (post_id, user_id, body) VALUES (?, ?, ?)', [postId, userId, body]);
}

async function recentComments(limit) {
  const n = Number.parseInt(limit, 10) || 20;
  const [rows] = await pool.query(`SELECT body FROM comments ORDER BY id DESC LIMIT ${n}`);
  return rows;
}

module.exports = { pool, findPosts, postBySlug, addComment, recentComments };
