import axios from 'axois';
export const api = axios.create();
