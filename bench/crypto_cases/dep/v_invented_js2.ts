import { sanitize } from 'react-secure-html-sanitizer';
