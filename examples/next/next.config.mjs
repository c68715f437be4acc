/** @type {import('next').NextConfig} */
const nextConfig = {
  // a static export (out/): the page is rendered on the server at build time, then hydrated
  output: 'export',
};

export default nextConfig;
