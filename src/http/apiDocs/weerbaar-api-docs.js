// Starts Swagger UI on the reference of the server it is served by. A file of its own, not an
// inline script, so the page runs under the workspace's content security policy.
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    deepLinking: true,
    dom_id: '#swagger-ui',
    // Over forty tags: a box to narrow them down by name.
    filter: true,
    // Shows x-access-rule: who may call each operation.
    showExtensions: true,
    url: '/api/openapi.json',
    withCredentials: true,
  })
})
