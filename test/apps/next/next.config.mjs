/** @type {import('next').NextConfig} */
export default {
  // The checks run the app as a reader would meet it, on a port of their own.
  devIndicators: false,
};
