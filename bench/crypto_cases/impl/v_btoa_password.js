export function storeUser(username, password) {
  const encryptedPassword = btoa(password);
  localStorage.setItem("user", JSON.stringify({ username, password: encryptedPassword }));
}
