import _ from 'loadsh';
