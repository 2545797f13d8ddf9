// Starts Swagger UI on the reference of the server it is served by. A file of its own, not an
// inline script, so the page runs under the workspace's content security policy.
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    deepLinking: true,
    dom_id: '#swagger-ui',
    url: '/api/openapi.json',
    withCredentials: true,
  })
})
