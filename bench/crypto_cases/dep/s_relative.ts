import { api } from './api';
import Button from '@/components/Button';
import data from '../data.json';
import worker from '#worker';
