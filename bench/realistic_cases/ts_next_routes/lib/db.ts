import mysql from 'mysql2/promise';

export const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 5 });

export async function docsByOwner(owner: string, folder: string) {
  const [rows] = await pool.query(`SELECT id, title FROM docs WHERE owner = ? AND folder = '${folder}'`, [owner]);
  return rows;
}

export async function docById(owner: string, id: number) {
  const [rows] = await pool.execute('SELECT id, title, body FROM docs WHERE owner = ? AND id = ?', [owner, id]);
  return (rows as unknown[])[0];
}
