// Tailwind CSS 4 runs as a single PostCSS plugin; it finds its sources automatically.
const config = {
  plugins: {
    '@tailwindcss/postcss': {},
  },
};

export default config;
