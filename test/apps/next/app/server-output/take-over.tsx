'use client';
// Defines the element, which takes the server's output over from its inline JSON; listens first.
import {useEffect} from 'react';
import {record} from '../record';

export function TakeOver() {
  useEffect(() => {
    document.addEventListener('story-load', record);
    void import('story-widgets/story-summary.js');
    return () => document.removeEventListener('story-load', record);
  }, []);
  return null;
}
